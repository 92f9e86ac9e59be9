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
