import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// WXT orchestrates one Vite build per entrypoint group; Preact is wired as a plain Vite plugin
// because WXT has no Preact module.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab'],
    // In-page template picker at the caret; rebindable at chrome://extensions/shortcuts and in
    // Firefox's add-on shortcut settings.
    commands: {
      'quick-insert': {
        suggested_key: { default: 'Alt+Shift+I', mac: 'Alt+Shift+I' },
        description: '在输入框中插入合规模板 (Insert a compliant template at the caret)',
      },
    },
    // Organisation policy (chrome.storage.managed): see public/managed_schema.json and the README.
    // Firefox reads the same values from policies.json → 3rdparty.Extensions and takes no schema.
    ...(browser !== 'firefox' ? { storage: { managed_schema: 'managed_schema.json' } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'collectguard@collectguard.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['.output/**', 'test-results/**', 'node_modules/**'] },
});
