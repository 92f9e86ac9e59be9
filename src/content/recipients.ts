// Who the message in a field is for, when a feature learns it: an inserted template was written
// for the borrower or for a third party. The feature that checks the field (underline) listens,
// so the message is checked for that recipient until the field is emptied.

import type { Audience } from '../core/types';
import type { Field } from '../overlay/fields';

type Listener = (field: Field, audience: Audience) => void;

export class Recipients {
  private readonly listeners = new Set<Listener>();

  /** A template for `audience` went into `field`. */
  set(field: Field, audience: Audience): void {
    for (const l of this.listeners) l(field, audience);
  }

  subscribe(listener: Listener, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener));
  }
}
