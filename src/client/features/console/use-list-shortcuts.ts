import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/** Keys typed into a field are text, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

interface ListShortcuts {
  ids: readonly string[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** `d`: open 派遣 for the selected order. */
  onDispatch: () => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** The list's keys: `/` to search, j/k down and up the list, d to dispatch the selected order. */
export function useListShortcuts(shortcuts: ListShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(function listenForListKeys() {
    function handleKeyDown(event: KeyboardEvent): void {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      const { ids, selectedId, onSelect, onDispatch, searchRef } = latest.current;
      if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
        return;
      }
      if (event.key === 'j' || event.key === 'k') {
        const here = selectedId === null ? -1 : ids.indexOf(selectedId);
        const step = event.key === 'j' ? 1 : -1;
        const next = ids[here === -1 ? 0 : Math.min(ids.length - 1, Math.max(0, here + step))];
        if (next === undefined) return;
        event.preventDefault();
        onSelect(next);
        return;
      }
      if (event.key === 'd' && selectedId !== null) {
        event.preventDefault();
        onDispatch();
      }
    }
    window.addEventListener('keydown', handleKeyDown);
    return function stopListening() {
      window.removeEventListener('keydown', handleKeyDown);
    };
  }, []);
}
