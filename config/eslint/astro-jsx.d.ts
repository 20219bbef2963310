// Only for ESLint's view of .astro files (tsconfig.eslint.json): Astro types a template element as
// `HTMLElement | any` so that any JSX framework fits, which makes every `{list.map((x) => <li/>)}`
// an "unsafe return" of any. This project uses no JSX framework, so an element is an HTMLElement.
// `astro check` keeps Astro's own definition (tsconfig.json excludes this folder).
import 'astro/astro-jsx';

declare global {
	namespace JSX {
		type Element = HTMLElement;
	}
}
