/** The wall is designed in 1920×1080 units; `scale` is CSS px per design px (1 at 1920 wide, 4 at 7680). */
export interface WallChartStyle {
  scale: number;
  colors: {
    background: string;
    panel: string;
    text: string;
    muted: string;
    gridLine: string;
    accent: string;
    good: string;
    warning: string;
    danger: string;
  };
  /** Categorical colours readable on the dark panel, in the order series take them. */
  palette: readonly string[];
  fontFamily: string;
}

/** What a builder receives: the look, plus the already-translated labels that builder needs. */
export type WallChartTheme<Labels> = WallChartStyle & { labels: Labels };

export const WALL_FONT_FAMILY = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif';

export const WALL_COLORS: WallChartStyle['colors'] = {
  background: '#07111f',
  panel: '#0e1d33',
  text: '#e6edf7',
  muted: '#8ea3bf',
  gridLine: '#1f3553',
  accent: '#3ea6ff',
  good: '#3ddc97',
  warning: '#ffc53d',
  danger: '#ff5c5c',
};

export const WALL_PALETTE: readonly string[] = [
  '#3ea6ff',
  '#3ddcc8',
  '#ffc53d',
  '#ff8a5c',
  '#b38cff',
  '#8fdc5a',
  '#ff7ab8',
  '#6fd0ff',
];

/** A scale that is not a positive number (a layout not measured yet) draws at design size. */
export function wallChartStyle(scale: number): WallChartStyle {
  return {
    scale: Number.isFinite(scale) && scale > 0 ? scale : 1,
    colors: WALL_COLORS,
    palette: WALL_PALETTE,
    fontFamily: WALL_FONT_FAMILY,
  };
}

/** Design px → CSS px. */
export function px(style: WallChartStyle, design: number): number {
  return design * style.scale;
}
