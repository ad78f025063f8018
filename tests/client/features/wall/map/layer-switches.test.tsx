import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LayerSwitches } from '../../../../../src/client/features/wall/map/layer-switches';
import { ALL_LAYERS_ON } from '../../../../../src/client/features/wall/map/map-layer-keys';
import type { LayerVisibility } from '../../../../../src/client/features/wall/map/map-layer-keys';
import { renderWithProviders } from '../../../render';

afterEach(cleanup);

function Harness({ onState }: { onState: (v: LayerVisibility) => void }): ReactElement {
  const [value, setValue] = useState(ALL_LAYERS_ON);
  return (
    <LayerSwitches
      value={value}
      onChange={(next) => {
        setValue(next);
        onState(next);
      }}
    />
  );
}

describe('layer switches', () => {
  it('offers the four layers as pressed toggle buttons', () => {
    renderWithProviders(<Harness onState={() => undefined} />);
    const group = screen.getByRole('group', { name: '图层' });
    const buttons = group.querySelectorAll('button');
    expect([...buttons].map((b) => b.textContent)).toEqual(['网格', '探头', '工单', '在岗人员']);
    expect([...buttons].every((b) => b.getAttribute('aria-pressed') === 'true')).toBe(true);
  });

  it('toggles one layer at a time, and back', () => {
    const states: LayerVisibility[] = [];
    renderWithProviders(<Harness onState={(v) => states.push(v)} />);
    const cameras = screen.getByRole('button', { name: '探头' });
    fireEvent.click(cameras);
    expect(cameras.getAttribute('aria-pressed')).toBe('false');
    expect(states.at(-1)).toEqual({ ...ALL_LAYERS_ON, cameras: false });
    fireEvent.click(cameras);
    expect(states.at(-1)).toEqual(ALL_LAYERS_ON);
  });
});
