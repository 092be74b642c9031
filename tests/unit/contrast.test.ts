import { contrastRatio, parseColor } from '../../src/shared/lib/contrast';

describe('contrastRatio', () => {
  it('measures as WCAG does', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#0E5A5F', '#FFFFFF')).toBeGreaterThan(7.5);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('rgb(255, 255, 255)', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('reads only colours it can be sure of', () => {
    expect(parseColor('teal')).toBeNull();
    expect(parseColor('#12345')).toBeNull();
    expect(parseColor('rgb(300, 0, 0)')).toBeNull();
    expect(contrastRatio('white', '#000')).toBeNull();
  });
});
