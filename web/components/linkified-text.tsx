import { Anchor } from '@mantine/core';
import { Fragment } from 'react';

const urlPattern = /(https?:\/\/[^\s<>"')\]]+)/g;

/** Plain text with its web addresses as links; a link to this site opens in the same tab. */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(urlPattern);
  return (
    <>
      {parts.map((part, i) => {
        const key = `${i}:${part.length}`;
        if (i % 2 === 0) return <Fragment key={key}>{part}</Fragment>;
        const sameSite = part.startsWith(window.location.origin);
        return (
          <Anchor
            key={key}
            href={part}
            underline="always"
            {...(sameSite ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
            style={{ overflowWrap: 'anywhere' }}
          >
            {part}
          </Anchor>
        );
      })}
    </>
  );
}
