// How this copy of CollectGuard is managed: installed by the organisation (enterprise policy
// force-installs it: management.getSelf() says installType "admin") and/or configured by it (a
// policy in managed storage). Shown at the top of the options page, with the version and where the
// installation and the settings come from, so an agent or IT can tell at a glance.
//
// management.getSelf() needs no "management" permission (neither in Chrome nor in Firefox).

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useOptions } from './context';
import { LockIcon } from './ui';

export interface SelfInfo {
  installType: string;
  version: string;
  updateUrl?: string;
}

/** What the browser says about this extension; null where it cannot tell. */
export async function readSelf(): Promise<SelfInfo | null> {
  try {
    const s = await browser.management.getSelf();
    return { installType: s.installType, version: s.version, updateUrl: (s as { updateUrl?: string }).updateUrl };
  } catch {
    return null;
  }
}

export function useSelfInfo(): SelfInfo | null {
  const [self, setSelf] = useState<SelfInfo | null>(null);
  useEffect(() => {
    let alive = true;
    void readSelf().then((s) => alive && setSelf(s));
    return () => {
      alive = false;
    };
  }, []);
  return self;
}

export interface ManagementNoticeProps {
  self: SelfInfo | null;
  /** The organisation's policy sets something (values, locks or templates). */
  policy: boolean;
  /** Which browser's policy mechanism to name. */
  firefox?: boolean;
}

export function ManagementNotice({ self, policy, firefox = import.meta.env.FIREFOX }: ManagementNoticeProps) {
  const { tr } = useOptions();
  const forced = self?.installType === 'admin';
  if (!forced && !policy) return null;
  return (
    <div class="banner org" role="note" data-cg-managed-notice="" data-install-type={self?.installType ?? ''}>
      <p>
        <strong>
          <LockIcon /> {tr(forced ? 'mgmtInstalledTitle' : 'mgmtManagedTitle')}
        </strong>
      </p>
      <ul>
        {self ? <li data-cg-source="version">{tr('mgmtVersion', { version: self.version })}</li> : null}
        {forced ? <li data-cg-source="install">{tr('mgmtForced')}</li> : null}
        {forced && self?.updateUrl ? <li data-cg-source="update-url">{tr('mgmtUpdateUrl', { url: self.updateUrl })}</li> : null}
        <li data-cg-source="settings">{policy ? tr(firefox ? 'mgmtPolicyFirefox' : 'mgmtPolicyChrome') : tr('mgmtNoPolicy')}</li>
      </ul>
    </div>
  );
}
