// The send guard: off, confirm (default) or block; and whether sending anyway needs a reason.

import { SEND_GUARD_MODES, type SendGuardMode } from '../../settings/schema';
import type { MessageKey } from '../../ui/i18n/index';
import { useOptions } from '../context';
import { Section, SettingSwitch } from '../ui';

const LABELS: Record<SendGuardMode, [MessageKey, MessageKey]> = {
  off: ['sgOff', 'sgOffHint'],
  confirm: ['sgConfirm', 'sgConfirmHint'],
  block: ['sgBlock', 'sgBlockHint'],
};

export function SendGuardSection() {
  const o = useOptions();
  const { effective } = o.state;
  const mode = effective.sendGuard;
  return (
    <Section id="guard" section="sendGuard" title={o.tr('sgTitle')} intro={o.tr('sgIntro')}>
      <div class="radios" role="radiogroup" aria-label={o.tr('sgTitle')}>
        {SEND_GUARD_MODES.map((m) => (
          <label class="radio" key={m}>
            <input type="radio" name="sendGuard" value={m} checked={mode === m} disabled={o.fixed('sendGuard')} onChange={() => void o.save({ sendGuard: m })} />
            <span>
              {o.tr(LABELS[m][0])}
              <span class="hint">{o.tr(LABELS[m][1])}</span>
            </span>
          </label>
        ))}
      </div>
      <SettingSwitch field="sendGuardReason" label={o.tr('sgReason')} hint={o.tr('sgReasonHint')} disabled={mode !== 'confirm'} />
    </Section>
  );
}
