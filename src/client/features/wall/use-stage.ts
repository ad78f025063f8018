import { useEffect, useState } from 'react';

/** The wall is designed in these units; every size on it is a multiple of one design pixel. */
export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1080;

export interface Stage {
  /** CSS px per design px. */
  scale: number;
  width: number;
  height: number;
  /** Letterbox offsets when the screen's aspect ratio differs from 16:9. */
  left: number;
  top: number;
}

/**
 * Fits the 16:9 design into a viewport: the largest scale at which it fits, centred. The layout is
 * then drawn at that real size (fonts, canvases and the map in real pixels), not scaled by a CSS
 * transform, so text and charts stay sharp and pointer positions stay true.
 */
export function stageFor(viewportWidth: number, viewportHeight: number): Stage {
  const scale = Math.max(0.1, Math.min(viewportWidth / DESIGN_WIDTH, viewportHeight / DESIGN_HEIGHT));
  const width = Math.floor(DESIGN_WIDTH * scale);
  const height = Math.floor(DESIGN_HEIGHT * scale);
  return {
    scale,
    width,
    height,
    left: Math.floor((viewportWidth - width) / 2),
    top: Math.floor((viewportHeight - height) / 2),
  };
}

export function useStage(): Stage {
  const [stage, setStage] = useState(() => stageFor(window.innerWidth, window.innerHeight));
  useEffect(function followViewport() {
    const onResize = (): void => setStage(stageFor(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', onResize);
    return function stopFollowing() {
      window.removeEventListener('resize', onResize);
    };
  }, []);
  return stage;
}
