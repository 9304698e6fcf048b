// Drop-in replacements for react-router's Link and NavLink that keep the interface language (?lang=) in the address.
// Use these for every internal link of the public pages.
import { Link as RouterLink, NavLink as RouterNavLink, type LinkProps, type NavLinkProps } from 'react-router';
import { useLocalizedTo } from './use-language.ts';

export function Link({ to, ...props }: LinkProps) {
  const localize = useLocalizedTo();
  return <RouterLink to={localize(to)} {...props} />;
}

export function NavLink({ to, ...props }: NavLinkProps) {
  const localize = useLocalizedTo();
  return <RouterNavLink to={localize(to)} {...props} />;
}
