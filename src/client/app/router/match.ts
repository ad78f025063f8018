/** Route patterns are absolute paths with `:name` segments, e.g. `/meeting/:id`. */
export type RouteParams = Record<string, string>;

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** The params of `pathname` under `pattern`, or null when it does not match. A trailing slash is ignored. */
export function matchPath(pattern: string, pathname: string): RouteParams | null {
  const want = segments(pattern);
  const have = segments(pathname);
  if (want.length !== have.length) return null;
  const params: RouteParams = {};
  for (let i = 0; i < want.length; i++) {
    const expected = want[i] as string;
    const actual = have[i] as string;
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null; // malformed %-escape: no route can mean it
      }
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}

export interface RouteMatch<R> {
  route: R;
  params: RouteParams;
}

/** The first route whose pattern matches; order the table from specific to general. */
export function matchRoute<R extends { path: string }>(
  routes: readonly R[],
  pathname: string,
): RouteMatch<R> | null {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}
