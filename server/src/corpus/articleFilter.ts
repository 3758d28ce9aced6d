/**
 * Which files are articles: `crosscheck.include` minus `crosscheck.exclude`, matched against the
 * path relative to its workspace folder. Pure: paths in, yes or no out.
 */
import picomatch from 'picomatch';

export interface ArticleFilter {
  (relativePath: string): boolean;
}

export function articleFilter(include: readonly string[], exclude: readonly string[]): ArticleFilter {
  const options = { dot: false, nocase: true };
  const included = picomatch([...include], options);
  const excluded = exclude.length ? picomatch([...exclude], { ...options, dot: true }) : () => false;
  return (relativePath: string) => {
    const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    return included(path) && !excluded(path);
  };
}
