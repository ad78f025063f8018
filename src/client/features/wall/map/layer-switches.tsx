import type { ReactElement } from 'react';
import { useT } from '../../../app/i18n/i18n';
import { MAP_LAYER_KEYS } from './map-layer-keys';
import type { LayerVisibility } from './map-layer-keys';

export interface LayerSwitchesProps {
  value: LayerVisibility;
  onChange: (next: LayerVisibility) => void;
}

/** Big toggle buttons (mouse, touch, and later the leader's tablet): pressed = layer shown. */
export function LayerSwitches({ value, onChange }: LayerSwitchesProps): ReactElement {
  const t = useT();
  return (
    <div className="wall-map-switches" role="group" aria-label={t('wallMap.layers')}>
      {MAP_LAYER_KEYS.map((key) => (
        <button
          key={key}
          type="button"
          className="wall-map-switches__button"
          data-layer={key}
          aria-pressed={value[key]}
          onClick={() => onChange({ ...value, [key]: !value[key] })}
        >
          <span className={`wall-map-swatch wall-map-swatch--${key}`} aria-hidden="true" />
          {t(`wallMap.layer.${key}`)}
        </button>
      ))}
    </div>
  );
}
