import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { AnchorHTMLAttributes, MouseEvent, ReactElement } from 'react';

/**
 * A tiny History-API router: the location is an external store (popstate plus our own pushes),
 * read with useSyncExternalStore so every reader sees the same URL in the same render.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function currentUrl(): string {
  return window.location.pathname + window.location.search;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentUrl()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

export interface Location {
  pathname: string;
  search: string;
}

export function useLocation(): Location {
  const url = useSyncExternalStore(subscribe, currentUrl, currentUrl);
  return useMemo(() => {
    const at = url.indexOf('?');
    return at === -1 ? { pathname: url, search: '' } : { pathname: url.slice(0, at), search: url.slice(at) };
  }, [url]);
}

/** Filters live in the query string so a view can be bookmarked, shared and reloaded. */
export function useSearchParams(): [URLSearchParams, (next: URLSearchParams, replace?: boolean) => void] {
  const { pathname, search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback(
    (next: URLSearchParams, replace = false) => {
      const query = next.toString();
      navigate(query ? `${pathname}?${query}` : pathname, { replace });
    },
    [pathname],
  );
  return [params, setParams];
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps): ReactElement {
  function handleClick(event: MouseEvent<HTMLAnchorElement>): void {
    onClick?.(event);
    // Let the browser open new tabs/windows itself.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    navigate(to);
  }
  return <a href={to} onClick={handleClick} {...rest} />;
}

export function Redirect({ to }: { to: string }): null {
  useEffect(
    function redirect() {
      navigate(to, { replace: true });
    },
    [to],
  );
  return null;
}
