// Sets inline style properties through the CSSOM on every render. lit's styleMap
// writes a style="" attribute on first render, which a strict Content-Security-
// Policy (style-src 'self') blocks; style.setProperty is not affected.
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class StyleProps extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() must be used as an element binding: <div ${styleProps({...})}>');
  }

  render(_props: Readonly<Record<string, string>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

/** `<div ${styleProps({ left: '12px' })}>`: CSP-safe inline style properties. */
export const styleProps = directive(StyleProps);
