// Collectors for repeatable commander options: `--x a --x b` gathers ['a', 'b'].

/** Each occurrence as given. */
export const collect = (value: string, acc: string[] = []): string[] => [...acc, value];

/** Each occurrence a comma list: `--x a,b --x c` gathers ['a', 'b', 'c'] (blanks dropped). */
export const collectList = (value: string, acc: string[]): string[] => [
  ...acc,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];
