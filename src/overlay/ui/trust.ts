// Our in-page UI lives in open shadow roots (tests pierce them), so a page's own script can reach
// every button in them. Only a person may press them: before any of our handlers runs, an event a
// script made (isTrusted false: el.click(), dispatchEvent) is stopped and its default action
// cancelled (a synthetic click on a submit button would still submit its form). Our handlers must
// then act on these events only, never on ones a script can have the browser fire as trusted
// (submit from form.requestSubmit(), focus from el.focus()).

const GUARDED = [
  'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend',
  'contextmenu', 'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'change', 'submit', 'paste', 'drop',
];

/** Stops every event a script made inside `root` before it reaches our handlers. */
export function personOnly(root: ShadowRoot): void {
  for (const type of GUARDED) {
    root.addEventListener(
      type,
      (e) => {
        if (e.isTrusted) return;
        e.stopImmediatePropagation();
        e.preventDefault();
      },
      { capture: true },
    );
  }
}
