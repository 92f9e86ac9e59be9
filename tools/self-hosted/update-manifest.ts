// The update manifest (updates.xml) Chrome and Edge fetch from the intranet: for the extension
// id, the newest version and where its CRX is. Format: Chrome's "gupdate" protocol 2.0 response.

export interface UpdateEntry {
  id: string;
  version: string;
  /** Absolute URL of the CRX file. */
  crxUrl: string;
  /** The manifest's minimum_chrome_version, when it has one. */
  minChromeVersion?: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' };
export const escapeXml = (s: string) => s.replace(/[&<>'"]/g, (c) => XML_ESCAPES[c]!);

export function updateManifestXml(entries: UpdateEntry | UpdateEntry[]): string {
  const apps = (Array.isArray(entries) ? entries : [entries]).map((e) => {
    const min = e.minChromeVersion ? ` prodversionmin="${escapeXml(e.minChromeVersion)}"` : '';
    return [
      `  <app appid="${escapeXml(e.id)}">`,
      `    <updatecheck codebase="${escapeXml(e.crxUrl)}" version="${escapeXml(e.version)}"${min} />`,
      '  </app>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">',
    ...apps,
    '</gupdate>',
    '',
  ].join('\n');
}
