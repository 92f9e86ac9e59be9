import { render } from '@testing-library/preact';
import type { VNode } from 'preact';
import { personOnly } from '../../../src/overlay/ui/trust';
import type { FieldView, ShownFinding } from '../../../src/overlay/ui/types';

export const insult: ShownFinding = {
  key: 'cn.insult.deadbeat@3-5',
  ruleId: 'cn.insult.deadbeat',
  category: 'insult',
  severity: 'error',
  start: 3,
  end: 5,
  match: '老赖',
  message: '「老赖」是对债务人的侮辱性称呼',
  suggestion: '您',
  source: '《治安管理处罚法》',
};

export const pressure: ShownFinding = {
  key: 'cn.pressure.consequences@10-14',
  ruleId: 'cn.pressure.consequences',
  category: 'pressure',
  severity: 'warning',
  start: 10,
  end: 14,
  match: '后果自负',
  message: '「后果自负」是含糊的威胁',
};

export const quiet: ShownFinding = {
  key: 'cn.time_window.quiet_hours@0-0',
  ruleId: 'cn.time_window.quiet_hours',
  category: 'time_window',
  severity: 'error',
  start: 0,
  end: 0,
  match: '',
  message: '当前时间23:10处于禁止催收时段',
};

export function view(over: Partial<FieldView> = {}): FieldView {
  return {
    id: 1,
    findings: [insult, pressure],
    boxes: [],
    badge: { x: 420, y: 276, w: 80, h: 22, mode: 'full' },
    box: { x: 100, y: 200, w: 400, h: 100 },
    clip: { x: 100, y: 200, w: 400, h: 104 },
    segments: 1,
    chars: 16,
    quiet: false,
    audience: 'debtor',
    audienceMode: 'auto',
    detected: 'debtor',
    compliant: false,
    avoid: [],
    focused: true,
    purpose: 'message',
    purposeChosen: false,
    purposeFixed: false,
    ...over,
  };
}

export const viewport = { x: 0, y: 0, w: 1280, h: 900 };

/**
 * Renders into a shadow root guarded as the overlay's is (src/overlay/ui/trust.ts), where events a
 * page's script makes (here, every fireEvent: none is trusted) never reach our handlers.
 */
export function renderGuarded(ui: VNode) {
  const host = document.body.appendChild(document.createElement('div'));
  const shadow = host.attachShadow({ mode: 'open' });
  personOnly(shadow);
  return render(ui, { container: shadow.appendChild(document.createElement('div')) });
}
