import type { AnchorHTMLAttributes } from 'react'
import { handleLinkClick } from '../routing/navigation'

/** A same-origin link that navigates without a page reload. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} onClick={props.onClick ?? handleLinkClick} />
}
