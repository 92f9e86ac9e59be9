// Keys every surface reads the same way.

/**
 * Enter as a command (choose, insert): not the Enter that commits an IME composition, which
 * macOS Chrome reports with isComposing false but keyCode 229.
 */
export const isCommandEnter = (e: KeyboardEvent): boolean => e.key === 'Enter' && !e.isComposing && e.keyCode !== 229;
