// Command-line arguments of `npm run package:self-hosted`. Pure: no file is touched here, so a
// bad command line is refused before anything is written.

export const USAGE = `Usage: npm run package:self-hosted -- --key <key.pem> --base-url <url> [options]

  --key <path>        the organisation's private key (PEM); or set CG_CRX_KEY=<path>
  --new-key <path>    create a new key there (never overwrites), then use it
  --base-url <url>    where the intranet web server serves the package, e.g. http://10.0.0.5/collectguard
  --out <dir>         output folder (default .output/self-hosted)
  --build <dir>       the unpacked Chrome build to package (default .output/chrome-mv3; run npm run build first)
  --policy <file>     managed settings (JSON, see README "Organisation policy") to put in the policy snippets
  --help              this text

With --new-key and no --base-url, only the key is created and its extension id printed.`;

export interface PackageArgs {
  keyPath?: string;
  newKeyPath?: string;
  baseUrl?: string;
  outDir: string;
  buildDir: string;
  policyPath?: string;
  help: boolean;
}

export const DEFAULT_OUT = '.output/self-hosted';
export const DEFAULT_BUILD = '.output/chrome-mv3';

const VALUE_OPTIONS = { '--key': 'keyPath', '--new-key': 'newKeyPath', '--base-url': 'baseUrl', '--out': 'outDir', '--build': 'buildDir', '--policy': 'policyPath' } as const;
type ValueOption = keyof typeof VALUE_OPTIONS;

/**
 * The intranet base URL, normalised without a trailing slash; an error message when it cannot
 * serve as one (Chrome fetches update manifests over http or https).
 */
export function parseBaseUrl(raw: string): { url: string } | { error: string } {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return { error: `--base-url "${raw}" is not an absolute URL (e.g. http://10.0.0.5/collectguard)` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { error: `--base-url "${raw}" must start with http:// or https://` };
  if (u.search || u.hash) return { error: `--base-url "${raw}" must not have a query (?…) or fragment (#…)` };
  if (u.username || u.password) return { error: `--base-url "${raw}" must not carry a user name or password (browsers fetch updates without credentials)` };
  return { url: u.href.replace(/\/+$/, '') };
}

/** Parses argv (without node and the script); returns the options or every problem found. */
export function parseArgs(argv: string[], env: Record<string, string | undefined> = {}): { args: PackageArgs } | { errors: string[] } {
  const errors: string[] = [];
  const seen: Partial<Record<keyof PackageArgs, string>> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      help = true;
      continue;
    }
    const eq = a.indexOf('=');
    const name = (eq > 0 ? a.slice(0, eq) : a) as ValueOption;
    if (!(name in VALUE_OPTIONS)) {
      errors.push(a.startsWith('-') ? `unknown option ${name}` : `unexpected argument "${a}"`);
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i];
    if (!value) {
      errors.push(`${name} needs a value`);
      continue;
    }
    const key = VALUE_OPTIONS[name];
    if (seen[key] !== undefined) errors.push(`${name} given twice`);
    seen[key] = value;
  }
  if (help) return { args: { outDir: DEFAULT_OUT, buildDir: DEFAULT_BUILD, help: true } };

  const keyPath = seen.keyPath ?? (env.CG_CRX_KEY || undefined);
  if (seen.keyPath && seen.newKeyPath) errors.push('--key and --new-key: give one of them');
  else if (!keyPath && !seen.newKeyPath) errors.push('no key: pass --key <path> (or set CG_CRX_KEY), or --new-key <path> to create one');
  let baseUrl: string | undefined;
  if (seen.baseUrl !== undefined) {
    const b = parseBaseUrl(seen.baseUrl);
    if ('error' in b) errors.push(b.error);
    else baseUrl = b.url;
  } else if (!seen.newKeyPath) errors.push('--base-url <url> is required: where the intranet server serves updates.xml and the CRX');
  if (seen.newKeyPath && !baseUrl && (seen.policyPath || seen.outDir || seen.buildDir)) {
    errors.push('--out, --build and --policy need --base-url (without it --new-key only creates the key)');
  }
  if (errors.length) return { errors };
  return {
    args: {
      keyPath: seen.newKeyPath ? undefined : keyPath,
      newKeyPath: seen.newKeyPath,
      baseUrl,
      outDir: seen.outDir ?? DEFAULT_OUT,
      buildDir: seen.buildDir ?? DEFAULT_BUILD,
      policyPath: seen.policyPath,
      help: false,
    },
  };
}
