// The options page as the component tests open it: mounted, its first section drawn.
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { OptionsApp } from '../../../src/options/OptionsApp';

export async function mount() {
  const user = userEvent.setup();
  const r = render(<OptionsApp />);
  await screen.findByRole('heading', { level: 2, name: /规则|Rules/ });
  return { user, ...r };
}

export const section = (id: string) => document.querySelector<HTMLElement>(`section#${id}`)!;
