// Import and export of all settings and custom templates as one JSON file, and the backups kept
// before an import, a migration or a repair (with "restore").

import { useRef, useState } from 'preact/hooks';
import type { LocalText } from '../../core/types';
import { templatesPort } from '../../settings/templates-port';
import { fileTooLarge } from '../../settings/limits';
import { exportFileName, exportSettings, FILE_TOO_LARGE, importSettings, restoreBackup, type ImportMode } from '../../settings/transfer';
import { useOptions } from '../context';
import { Section } from '../ui';

type Result = { ok: true; text: string; notes: string[] } | { ok: false; text: string; errors: string[] };

/** Saves text as a file through a temporary link (no network, no downloads permission). */
export function download(name: string, text: string, doc: Document = document, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function TransferSection() {
  const o = useOptions();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const backups = o.state.backups;

  const doExport = async () => {
    const file = await exportSettings(templatesPort);
    download(exportFileName(), `${JSON.stringify(file, null, 2)}\n`);
    setResult({ ok: true, text: o.tr('exportDone', { n: file.settings.customPhrases.length, t: file.templates.length }), notes: [] });
  };

  const doImport = async (file: File) => {
    setBusy(true);
    try {
      // A file far too large to be a settings file is refused before it is read.
      const r = fileTooLarge(file.size)
        ? { ok: false, errors: [FILE_TOO_LARGE], fields: [], templates: 0, lockedSections: [] }
        : await importSettings(await file.text(), mode, templatesPort);
      if (r.ok) {
        const notes = r.lockedSections.length ? [o.tr('importLockedNote', { sections: r.lockedSections.map((s) => o.tr(SECTION_KEYS[s])).join(o.lang === 'zh' ? '、' : ', ') })] : [];
        setResult({ ok: true, text: o.tr('importDone', { n: r.fields.length, t: r.templates }), notes });
      } else {
        setResult({ ok: false, text: o.tr('importFailed', { name: file.name }), errors: r.errors.map((e: LocalText) => o.lt(e)) });
      }
    } catch (x) {
      setResult({ ok: false, text: o.tr('importFailed', { name: file.name }), errors: [String(x)] });
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  return (
    <Section id="transfer" title={o.tr('transferTitle')} intro={o.tr('transferIntro')}>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void doExport()} data-cg-export="">
          {o.tr('exportButton')}
        </button>
      </div>
      <h3>{o.tr('importTitle')}</h3>
      <div class="radios" role="radiogroup" aria-label={o.tr('importModeLabel')}>
        <label class="radio">
          <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          <span>
            {o.tr('importMerge')}
            <span class="hint">{o.tr('importMergeHint')}</span>
          </span>
        </label>
        <label class="radio">
          <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          <span>
            {o.tr('importReplace')}
            <span class="hint">{o.tr('importReplaceHint')}</span>
          </span>
        </label>
      </div>
      <label class="file">
        <span class="button">{busy ? o.tr('importing') : o.tr('importButton')}</span>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          data-cg-import=""
          disabled={busy}
          onChange={(e) => {
            const f = (e.currentTarget as HTMLInputElement).files?.[0];
            if (f) void doImport(f);
          }}
        />
      </label>
      <div aria-live="polite" data-cg-import-result={result ? (result.ok ? 'ok' : 'error') : ''}>
        {result ? (
          <div class={`result ${result.ok ? 'ok' : 'bad'}`} role={result.ok ? 'status' : 'alert'}>
            <p>{result.text}</p>
            {!result.ok ? (
              <>
                <ul>
                  {result.errors.slice(0, 20).map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
                {result.errors.length > 20 ? <p>{o.tr('moreErrors', { n: result.errors.length - 20 })}</p> : null}
                <p class="hint">{o.tr('importNothingChanged')}</p>
              </>
            ) : (
              result.notes.map((n) => (
                <p class="hint" key={n}>
                  {n}
                </p>
              ))
            )}
          </div>
        ) : null}
      </div>
      {backups.length ? (
        <>
          <h3>{o.tr('backupsTitle')}</h3>
          <p class="hint">{o.tr('backupsIntro')}</p>
          <ul class="rows">
            {backups.map((b, i) => (
              <li class="row" key={`${b.at}-${i}`} data-cg-backup={b.reason}>
                <span>
                  {o.tr(BACKUP_KEYS[b.reason] ?? 'backupRepair')} · {formatTime(b.at, o.lang)}
                </span>
                <button type="button" class="link" onClick={() => void restoreBackup(i).then(() => setResult({ ok: true, text: o.tr('restored'), notes: [] }))}>
                  {o.tr('restore')}
                </button>
                <button
                  type="button"
                  class="link"
                  onClick={() => download(`collectguard-backup-${new Date(b.at).toISOString().slice(0, 19).replace(/:/g, '')}.json`, `${JSON.stringify(b, null, 2)}\n`)}
                >
                  {o.tr('downloadBackup')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

function formatTime(at: number, lang: 'zh' | 'en'): string {
  try {
    return new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return new Date(at).toISOString();
  }
}

const SECTION_KEYS = {
  rules: 'rulesTitle',
  customPhrases: 'phrasesTitle',
  allowlist: 'allowTitle',
  templates: 'templatesTitle',
  quietHours: 'quietTitle',
  sites: 'sitesTitle',
  defaultAudience: 'audienceTitle',
  signature: 'signatureTitle',
  language: 'languageTitle',
  sendGuard: 'sgTitle',
  statistics: 'statsTitle',
} as const;

const BACKUP_KEYS = {
  import: 'backupImport',
  migration: 'backupMigration',
  repair: 'backupRepair',
  restore: 'backupRestore',
} as const;
