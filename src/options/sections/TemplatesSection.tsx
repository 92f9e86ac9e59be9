// Custom templates: the manager component of src/templates, inside a section the organisation
// can lock. Its compliance check uses the settings in force (custom phrases, allowlist,
// severities), and the organisation's templates show read-only.

import { useMemo } from 'preact/hooks';
import { PACKS } from '../../core/index';
import { lintContextFor } from '../../settings/schema';
import { TemplateManager } from '../../templates/ui/TemplateManager';
import { useOptions } from '../context';
import { Section } from '../ui';

export function TemplatesSection() {
  const o = useOptions();
  const { effective, policy } = o.state;
  const locked = o.locked('templates');
  // No send time: templates are checked for their words, not for when they are written.
  const lintContext = useMemo(() => lintContextFor(effective, PACKS), [effective]);
  return (
    <Section id="templates" section="templates" title={o.tr('templatesTitle')} intro={o.tr('templatesIntro')}>
      <TemplateManager lang={o.lang} locked={locked} {...(policy.templates ? { managed: policy.templates } : {})} lintContext={lintContext} />
    </Section>
  );
}
