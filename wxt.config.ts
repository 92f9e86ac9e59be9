import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { SOURCES_EXCLUDE } from './tools/sources-zip';

/** Icon sizes rendered from assets/icon.svg: 16/32 toolbar, 48 extensions page, 96 Firefox add-ons (HiDPI), 128 stores. */
const ICON_SIZES = [128, 96, 48, 32, 16];
const icons = Object.fromEntries(ICON_SIZES.map((s) => [String(s), `icons/${s}.png`]));

/**
 * Lazy content-script modules: unlisted scripts (entrypoints/<name>.ts) built as ES modules, not
 * IIFE, which the content script loads with `import(runtime.getURL('/<name>.js'))` on first use
 * so that every frame does not parse UI most frames never show (the content-script budget,
 * docs/ARCHITECTURE.md "Budgets"). They are web-accessible because a content script's import is made for the page's
 * origin; they hold code only (no data, no secret), and importing one runs nothing a page could
 * drive: it only hands the content script a class.
 */
const LAZY_MODULES = ['quick-insert', 'overlay-ui'];
/**
 * The lazy modules whose components render in the content script's Preact tree: their Preact
 * imports resolve to the content script's Preact, handed over at load (src/overlay/ui/lazy/shared-preact.ts).
 * (The picker is a render tree of its own and brings its own Preact.)
 */
const SHARES_PREACT = ['overlay-ui'];
const SHARED_PREACT = fileURLToPath(new URL('./src/overlay/ui/lazy/shared-preact.ts', import.meta.url));

// WXT orchestrates one Vite build per entrypoint group; Preact is wired as a plain Vite plugin
// because WXT has no Preact module.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // One SVG (assets/icon.svg), rendered to PNG at build time (sharp, no network).
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: ICON_SIZES, developmentIndicator: 'grayscale' },
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  // Firefox: Manifest V2 on purpose (`wxt build -b firefox` → .output/firefox-mv2). See the
  // README ("Firefox: why Manifest V2"): the <all_urls> content script is then an install-time
  // permission the agent cannot switch off per site by accident (in Firefox MV3 host access is
  // revocable in about:addons and the checks would silently stop), the background stays a
  // persistent page, and nothing the product needs is MV3-only in Firefox (storage.session,
  // storage.managed, commands, match_origin_as_fallback and the CSS Custom Highlight API all
  // work in MV2 on Firefox ≥ 140). Chrome gets MV3 (MV2 is gone there).
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab'],
    web_accessible_resources: [{ resources: LAZY_MODULES.map((m) => `${m}.js`), matches: ['<all_urls>'] }],
    // The toolbar button uses the same rendered icons (WXT adds the popup to it).
    ...(manifestVersion === 2
      ? { browser_action: { default_title: 'CollectGuard', default_icon: icons } }
      : { action: { default_title: 'CollectGuard', default_icon: icons } }),
    // In-page template picker at the caret; rebindable at chrome://extensions/shortcuts and in
    // Firefox's add-on shortcut settings. Alt+K: no Chrome or Firefox shortcut on Windows and
    // Linux, no Firefox menu letter, and no default of the common Chinese IMEs (Microsoft Pinyin,
    // Sogou), which use Ctrl+Shift and Shift; beside Alt+J (next finding). Not Alt+Shift+I, Chrome's
    // "send feedback", nor Alt+Shift+letter at all: Firefox gives those to pages' access keys. On
    // macOS, where Option+letter types characters, Control+Shift+K.
    commands: {
      'quick-insert': {
        suggested_key: { default: 'Alt+K', mac: 'MacCtrl+Shift+K' },
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
              // 140 is the oldest supported ESR: CSS Custom Highlight API and
              // data_collection_permissions both arrived in 140.
              strict_min_version: '140.0',
              // No message text, no telemetry: nothing leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions exists on Android from 142 (web-ext lint warns otherwise).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // The content script uses the browser's own extension API, not webextension-polyfill (10 KB
      // in every frame): in Chrome MV3 runtime.sendMessage returns a promise, and what else the
      // polyfill did for it (a reply through sendResponse; a rejected reply, Chrome's "no
      // response") src/content/inbox.ts and src/messaging/client.ts do themselves. The polyfill
      // module aliases wxt/browser for every entrypoint; undo that for content scripts.
      if (entrypoints.every((e) => e.type === 'content-script') && config.resolve) {
        const alias = config.resolve.alias;
        if (Array.isArray(alias)) config.resolve.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
        else if (alias && typeof alias === 'object') delete (alias as Record<string, string>)['wxt/browser'];
      }
      // An unlisted script is built as an IIFE; a lazy module must export what it hands over.
      if (entrypoints.length !== 1 || !LAZY_MODULES.includes(entrypoints[0]!.name)) return;
      if (SHARES_PREACT.includes(entrypoints[0]!.name)) {
        // Our modules' Preact imports only: Preact's own modules (and the devtools the e2e build
        // adds) import the real one.
        config.plugins ??= [];
        config.plugins.unshift({
          name: 'collectguard:shared-preact',
          enforce: 'pre',
          resolveId: (id: string, importer?: string) =>
            /^preact(\/hooks|\/jsx-runtime|\/jsx-dev-runtime)?$/.test(id) && importer && !importer.includes('/node_modules/') ? SHARED_PREACT : null,
        });
      }
      const lib = config.build?.lib;
      if (lib) lib.formats = ['es'];
      // Vite leaves an ES library unminified (whitespace, comments with local paths): minify it
      // as the content script is.
      const output = config.build?.rollupOptions?.output;
      if (output && !Array.isArray(output)) output.minify = true;
    },
    // managed_schema.json is Chrome's policy schema; Firefox takes policies.json and no schema.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') return;
      const i = files.findIndex((f) => f.relativeDest === 'managed_schema.json');
      if (i >= 0) files.splice(i, 1);
    },
  },
  zip: {
    // Store zips: collectguard-<version>-<browser>.zip in .output/; Firefox also gets the sources
    // zip AMO asks for (the code is bundled), holding what rebuilds it (tools/sources-zip.ts).
    artifactTemplate: 'collectguard-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'collectguard-{{version}}-sources.zip',
    excludeSources: SOURCES_EXCLUDE,
  },
});
