import { useEffect } from 'react';
import type { Organization } from '../../api/types';
import { contrastRatio, minimumTextContrast } from '../../shared/lib/contrast';

/**
 * Tenant colours become CSS custom properties. Set through CSSOM (not a <style> tag or a style
 * attribute) so the strict Content-Security-Policy needs no 'unsafe-inline'.
 * Colours whose text would be hard to read (below WCAG AA, 4.5:1) or that cannot be read at all
 * are not used: the portal keeps its default theme and tells the operator in the console.
 */
export function useBrand(organization: Organization): void {
  const { primaryColor, onPrimaryColor } = organization.brand;
  useEffect(() => {
    const root = document.documentElement.style;
    const ratio = contrastRatio(primaryColor, onPrimaryColor);
    if (ratio === null || ratio < minimumTextContrast) {
      root.removeProperty('--brand');
      root.removeProperty('--on-brand');
      const measured = ratio === null ? 'cannot be read (use #rrggbb)' : `have a contrast of ${ratio.toFixed(2)}:1`;
      console.warn(
        `Privacy Portal: the brand colours ${primaryColor} on ${onPrimaryColor} from GET /organization (brand.primaryColor, brand.onPrimaryColor) ${measured}; WCAG AA needs ${minimumTextContrast}:1 for text. Using the default theme.`,
      );
      return;
    }
    root.setProperty('--brand', primaryColor);
    root.setProperty('--on-brand', onPrimaryColor);
  }, [primaryColor, onPrimaryColor]);
}
