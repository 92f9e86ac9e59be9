// crx3 ships no type declarations; this is the part of its API the packager uses.
declare module 'crx3' {
  interface Crx3Options {
    keyPath: string;
    crxPath: string;
    zipPath?: string;
    xmlPath?: string;
    forceDateTime?: number;
  }
  interface Crx3Result {
    appId: string;
    newKey: string | null;
  }
  function crx3(files: string[], options: Crx3Options): Promise<Crx3Result>;
  export = crx3;
}
