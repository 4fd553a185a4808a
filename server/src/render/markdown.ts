import MarkdownIt from 'markdown-it';

type Markdown = ReturnType<typeof MarkdownIt>;
import { SafeHtml, escapeHtml } from './html';
import { isSafeLinkUrl } from '@trial-record/shared/safeLinks';

/**
 * Free-text fields are Markdown, as the registry API serves them. Raw HTML is off (it comes out as
 * text), links are kept only for http(s) and mailto, and images never load: they become their
 * alt text, so the page fetches nothing.
 */
function createMarkdown(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  md.validateLink = (url: string) => isSafeLinkUrl(url);
  md.renderer.rules.image = (tokens, index) => {
    const token = tokens[index];
    const alt = token.children ? md.renderer.renderInlineAsText(token.children, md.options, {}) : token.content;
    return `<span class="md-image">${escapeHtml(alt ? `[image: ${alt}]` : '[image]')}</span>`;
  };
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    tokens[index].attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, index, options, env, self);
  };
  return md;
}

let shared: Markdown | undefined;

/** Renders a free-text field as block HTML (paragraphs, lists…). */
export function renderMarkdown(text: string): SafeHtml {
  shared ??= createMarkdown();
  return new SafeHtml(shared.render(text));
}

/** Renders one line of Markdown without a paragraph (diagnostic messages quote values in `code`). */
export function renderInlineMarkdown(text: string): SafeHtml {
  shared ??= createMarkdown();
  return new SafeHtml(shared.renderInline(text));
}
