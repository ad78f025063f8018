import type { ReactElement } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { matchPath, matchRoute } from '../../../src/client/app/router/match';
import { navigate, useLocation, useSearchParams } from '../../../src/client/app/router/router';
import { ROUTES } from '../../../src/client/app/routes';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('route matching', () => {
  it('matches static paths, ignoring a trailing slash', () => {
    expect(matchPath('/wall', '/wall')).toEqual({});
    expect(matchPath('/wall', '/wall/')).toEqual({});
    expect(matchPath('/wall', '/walls')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/', '/console')).toBeNull();
  });

  it('extracts and decodes params', () => {
    expect(matchPath('/meeting/:id', '/meeting/m-42')).toEqual({ id: 'm-42' });
    expect(matchPath('/meeting/:id', '/meeting/%E4%BC%9A%E5%95%86')).toEqual({ id: '会商' });
    expect(matchPath('/meeting/:id', '/meeting')).toBeNull();
    expect(matchPath('/meeting/:id', '/meeting/a/b')).toBeNull();
    expect(matchPath('/meeting/:id', '/meeting/%E0%A4%A')).toBeNull();
  });

  it('the app table routes every screen, and nothing else', () => {
    const pathOf = (p: string): string | undefined => matchRoute(ROUTES, p)?.route.path;
    expect(pathOf('/')).toBe('/');
    expect(pathOf('/login')).toBe('/login');
    expect(pathOf('/wall')).toBe('/wall');
    expect(pathOf('/console')).toBe('/console');
    expect(pathOf('/leader')).toBe('/leader');
    expect(pathOf('/meeting/7')).toBe('/meeting/:id');
    expect(pathOf('/field')).toBe('/field');
    expect(pathOf('/admin')).toBe('/admin');
    expect(pathOf('/nowhere')).toBeUndefined();
    expect(matchRoute(ROUTES, '/login')?.route.access).toBe('public');
    expect(ROUTES.filter((r) => r.access === 'public').map((r) => r.path)).toEqual(['/login']);
  });
});

function Where(): ReactElement {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  return (
    <p>
      {pathname}|{params.get('q') ?? ''}
    </p>
  );
}

describe('navigation', () => {
  it('re-renders readers on navigate and on the back button', () => {
    render(<Where />);
    expect(screen.getByText('/|')).toBeTruthy();
    act(() => navigate('/console?q=road'));
    expect(screen.getByText('/console|road')).toBeTruthy();
    act(() => {
      window.history.replaceState(null, '', '/wall');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByText('/wall|')).toBeTruthy();
  });
});
