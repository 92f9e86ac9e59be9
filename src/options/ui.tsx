// Small shared pieces of the options page.

import type { ComponentChildren } from 'preact';
import { SECTION_FIELDS, sectionOf, type SectionId, type Settings, type SettingsField } from '../settings/schema';
import { useOptions } from './context';

export function LockIcon() {
  return (
    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
      <path d="M5.2 7V5.2a2.8 2.8 0 0 1 5.6 0V7" fill="none" stroke="currentColor" stroke-width="1.6" />
    </svg>
  );
}

/** One card of the page. `section` ties it to the organisation's lock for that section. */
export function Section(props: { id: string; title: string; intro?: string; section?: SectionId; children: ComponentChildren }) {
  const { tr, readOnly, state } = useOptions();
  // A single value the organisation sets is as read-only as a locked section.
  const isLocked = props.section ? readOnly(props.section) : false;
  const partly = props.section && !isLocked && managedPart(state.policy, props.section);
  return (
    <section class="card" id={props.id} aria-labelledby={`${props.id}-title`} data-section={props.section ?? props.id} data-locked={isLocked ? 'true' : 'false'}>
      <h2 id={`${props.id}-title`}>
        {props.title}
        {isLocked ? (
          <span class="tag org" title={tr('lockedNote')}>
            <LockIcon /> {tr('orgManaged')}
          </span>
        ) : null}
      </h2>
      {isLocked ? (
        <p class="note lock" role="note" data-cg-locked-note="">
          <LockIcon /> {tr('lockedNote')}
        </p>
      ) : partly ? (
        <p class="note org" role="note">
          {tr('partlyManagedNote')}
        </p>
      ) : null}
      {props.intro ? <p class="intro">{props.intro}</p> : null}
      <fieldset disabled={isLocked} class="plain">
        <legend class="sr-only">{props.title}</legend>
        {props.children}
      </fieldset>
    </section>
  );
}

function managedPart(policy: { values: Record<string, unknown>; templates?: unknown[] }, section: SectionId): boolean {
  if (section === 'templates') return !!policy.templates?.length;
  return SECTION_FIELDS[section].some((f) => policy.values[f] !== undefined);
}

/** The "set by your organisation" tag on one entry or control. */
export function OrgTag() {
  const { tr } = useOptions();
  return (
    <span class="tag org" title={tr('orgEntryNote')} data-cg-org="">
      <LockIcon /> {tr('orgShort')}
    </span>
  );
}

/** A live message under a field: the reason an entry cannot be saved. */
export function FieldErrors(props: { id: string; errors: string[] }) {
  return (
    <div id={props.id} class="field-errors" aria-live="polite">
      {props.errors.map((e) => (
        <p class="error-text" key={e}>
          {e}
        </p>
      ))}
    </div>
  );
}

/** The settings that are one switch each. */
type SwitchField = { [K in SettingsField]: Settings[K] extends boolean ? K : never }[SettingsField];

/**
 * One setting's switch, saved at once; read-only where the policy fixes it (or `disabled` says
 * so), tagged 组织 where the policy sets it in a section the agent may still change.
 */
export function SettingSwitch({ field, label, hint, disabled }: { field: SwitchField; label: string; hint?: string; disabled?: boolean }) {
  const o = useOptions();
  const { effective, policy } = o.state;
  return (
    <div class="row">
      <Switch
        name={field}
        checked={effective[field]}
        disabled={disabled || o.fixed(field)}
        label={label}
        hint={hint}
        onChange={(v) => void o.save({ [field]: v })}
      />
      {policy.values[field] !== undefined && !o.locked(sectionOf(field)) ? <OrgTag /> : null}
    </div>
  );
}

/** A switch (a checkbox styled as one). */
export function Switch(props: { checked: boolean; label: string; disabled?: boolean; onChange: (v: boolean) => void; name?: string; hint?: string }) {
  return (
    <label class={`switch${props.disabled ? ' disabled' : ''}`}>
      <input
        type="checkbox"
        role="switch"
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        aria-checked={props.checked ? 'true' : 'false'}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="track" aria-hidden="true">
        <span class="thumb" />
      </span>
      <span class="switch-label">
        {props.label}
        {props.hint ? <span class="hint">{props.hint}</span> : null}
      </span>
    </label>
  );
}
