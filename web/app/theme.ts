import {
  type CSSVariablesResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Light and subtle variants (badges, quiet buttons) draw coloured text on a pale tint; Mantine's
 * default shade for that text falls below WCAG AA (4.5:1) for green, red and others, so it is darkened.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light' && input.variant !== 'subtle') return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const palette = parsed.isThemeColor ? input.theme.colors[parsed.color] : undefined;
  if (!palette || parsed.color === 'dark') return colors;
  return { ...colors, color: darken(palette[9], 0.25) };
};

/**
 * Shade 8 of blue keeps white text on filled buttons and blue links on white above WCAG AA (≥ 4.5:1);
 * dimmed text uses gray 7 and error text red 8 for the same reason. `closeLabel` names the icon-only close buttons of
 * dialogs and notifications for screen readers (the theme is rebuilt when the language changes).
 */
export function createAppTheme(closeLabel: string) {
  const closeButtonProps = { 'aria-label': closeLabel };
  return createTheme({
    primaryColor: 'blue',
    primaryShade: { light: 8, dark: 5 },
    defaultRadius: 'sm',
    focusRing: 'auto',
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif',
    headings: { fontWeight: '700' },
    variantColorResolver,
    components: {
      Anchor: { defaultProps: { underline: 'hover' } },
      // A badge keeps its whole label: table columns must not squeeze it into an ellipsis.
      Badge: { styles: { root: { minWidth: 'max-content' } } },
      // Serbian and Bulgarian labels are long: on a phone a button grows a line rather than cut its label.
      Button: {
        styles: {
          root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 6 },
          label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.3 },
        },
      },
      Modal: { defaultProps: { closeButtonProps } },
      Notification: { defaultProps: { closeButtonProps } },
      // Keyboard users must be able to scroll a table wider than the screen (it may hold no link).
      TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
    },
  });
}

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[6],
    '--mantine-color-error': t.colors.red[8],
  },
  dark: {},
});
