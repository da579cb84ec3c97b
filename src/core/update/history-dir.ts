// Where a workspace keeps its frozen adopted versions: history/<n>/ holds the version that update n
// changes. Kept apart (no imports) so that the validator's start-up path can know the name cheaply.

/** Folder of the frozen adopted versions inside a workspace. */
export const HISTORY_DIR = 'history';

/** True when `rel` (a path relative to a workspace, with / or \) lies inside a frozen version history/<n>/. */
export const inHistory = (rel: string): boolean => new RegExp(`^${HISTORY_DIR}[\\\\/]\\d+([\\\\/]|$)`).test(rel);
