// The size every recharts chart here takes: the fixed width and height when given (tests, exports), else the width of
// its container at an aspect ratio, never taller than `height` nor shorter than `minHeight`.
export function chartSize(width: number | undefined, height: number, aspectRatio: string, minHeight: number) {
  return {
    width,
    height,
    responsive: width === undefined,
    style: width === undefined ? { width: '100%', height: 'auto', aspectRatio, maxHeight: height, minHeight } : undefined,
  };
}
