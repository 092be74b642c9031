import { useEffect } from 'react';
import type { Organization } from '../../api/types';

/**
 * Tenant colours become CSS custom properties. Set through CSSOM (not a <style> tag or a style
 * attribute) so the strict Content-Security-Policy needs no 'unsafe-inline'.
 */
export function useBrand(organization: Organization): void {
  const { primaryColor, onPrimaryColor } = organization.brand;
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--brand', primaryColor);
    root.setProperty('--on-brand', onPrimaryColor);
  }, [primaryColor, onPrimaryColor]);
}
