// Everything drawn inside our shadow root: underline boxes (no pointer events), one badge per
// checked field, the panel, the card, the send guard's dialog and a polite live region.

import type { Rect } from '../geometry';
import { Badge } from './Badge';
import { mayAllow } from '../framework';
import type { UiParts } from './parts';
import type { UiActions, UiState, UnderlineBox } from './types';

/** A wavy line as an SVG path (no image URL that page CSP could block), `w` pixels long. */
export function wavePath(w: number, half = 2.5): string {
  const n = Math.max(1, Math.ceil(w / half));
  let d = `M0 2 Q${half / 2} 0 ${half} 2`;
  for (let i = 2; i <= n; i++) d += ` T${i * half} 2`;
  return d;
}

export function Overlay({ boxes, clip, activeKey }: { boxes: UnderlineBox[]; clip: Rect | null; activeKey: string | null }) {
  if (!boxes.length || !clip) return null;
  return (
    <div class="overlay" aria-hidden="true" style={{ left: `${clip.x}px`, top: `${clip.y}px`, width: `${clip.w}px`, height: `${clip.h}px` }}>
      {boxes.map((b, i) => (
        <div
          key={`${b.key}#${i}`}
          class={`u u-${b.severity}${b.key === activeKey ? ' active' : ''}`}
          data-cg-underline={b.severity}
          data-key={b.key}
          style={{ left: `${b.x - clip.x}px`, top: `${b.y - clip.y}px`, width: `${b.w}px`, height: `${b.h}px` }}
        >
          {b.severity !== 'info' ? (
            <svg class="wave" width={Math.ceil(b.w)} height="4" viewBox={`0 0 ${Math.ceil(b.w)} 4`} aria-hidden="true" focusable="false">
              <path d={wavePath(b.w)} />
            </svg>
          ) : null}
        </div>
      ))}
    </div>
  );
}

/** `parts`: the panel, card and dialog, once loaded (ui/parts.ts); until then only they are not drawn. */
export function App({ state, actions, parts }: { state: UiState; actions: UiActions; parts?: UiParts | null }) {
  const { lang, card, panel } = state;
  const { Panel, Card, GuardDialog } = parts ?? {};
  const cardField = card ? state.fields.find((f) => f.id === card.fieldId) : undefined;
  const cardFinding = card && cardField ? cardField.findings.find((f) => f.key === card.key) : undefined;
  const panelField = panel ? state.fields.find((f) => f.id === panel.fieldId) : undefined;
  return (
    <div class="root" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {state.fields.map((v) => (
        <Overlay key={`o${v.id}`} boxes={v.boxes} clip={v.clip} activeKey={card && card.fieldId === v.id ? card.key : null} />
      ))}
      {state.fields.map((v) => (
        <Badge key={`b${v.id}`} view={v} lang={lang} open={panel?.fieldId === v.id} onOpen={(focus) => actions.openPanel(v.id, focus)} />
      ))}
      {Panel && panelField && panelField.box ? (
        <Panel
          view={panelField}
          lang={lang}
          viewport={state.viewport}
          focus={panel!.focus}
          onClose={(r) => actions.closePanel(r)}
          onFix={(key) => actions.fix(panelField.id, key)}
          onShow={(key) => actions.openCard(panelField.id, key, true)}
          onAudience={(a) => actions.setAudience(panelField.id, a)}
          onPurpose={(p) => actions.setPurpose(panelField.id, p)}
        />
      ) : null}
      {Card && card && cardFinding ? (
        <Card
          key={`${card.fieldId}:${card.key}`}
          finding={cardFinding}
          lang={lang}
          anchor={card.anchor}
          viewport={state.viewport}
          focus={card.focus}
          onFix={() => actions.fix(card.fieldId, card.key)}
          onIgnore={() => actions.ignore(card.fieldId, card.key)}
          onAllow={mayAllow(cardFinding, { allowLocked: !!state.allowLocked, unallowable: state.unallowable ?? [] }) ? () => actions.allow(card.fieldId, card.key) : undefined}
          onClose={(r) => actions.closeCard(r)}
          onNext={(d) => actions.nextFinding(card.fieldId, d)}
          onHover={(inside) => actions.hoverCard(inside)}
        />
      ) : null}
      {state.toast ? <Toast state={state} /> : null}
      {GuardDialog && state.guard ? <GuardDialog key={`guard${state.guard.id}`} {...state.guard} /> : null}
      <div class="sr" role="status" aria-live="polite" aria-atomic="true" data-cg-live="">
        {state.announce}
      </div>
    </div>
  );
}

function Toast({ state }: { state: UiState }) {
  const v = state.fields.find((f) => f.id === state.toast!.fieldId);
  const at = v?.badge ?? (v?.box ? { x: v.box.x + v.box.w, y: v.box.y + v.box.h, w: 0, h: 0 } : null);
  if (!at) return null;
  return (
    <div class="toast" role="note" style={{ left: `${at.x + at.w}px`, top: `${at.y + at.h}px` }}>
      {state.toast!.text}
    </div>
  );
}
