// The marks that tell a series chart's lines apart without colour (dash patterns, dot shapes): shared by the chart and
// its legend, kept apart from recharts so a legend can be drawn before the chart's code has loaded.
export const LINE_DASHES = ['', '6 3', '2 3', '10 3 2 3'] as const;
export const DOT_SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;
export type DotShape = (typeof DOT_SHAPES)[number];

export function dotPath(shape: DotShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}Z`;
    case 'triangle':
      return `M${x},${y - r * 1.3}L${x + r * 1.2},${y + r}L${x - r * 1.2},${y + r}Z`;
    default:
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}
