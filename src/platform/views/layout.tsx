import type { ComponentChildren } from 'preact';
import { PostForm } from './components.js';
import type { PageContext } from './page-context.js';

/** The page shell: skip link, header with the gemeente's name and menu, main, footer. */
export function Layout({
  ctx,
  title,
  children,
}: {
  ctx: PageContext;
  title: string;
  children: ComponentChildren;
}) {
  const { t } = ctx;
  return (
    <html lang={ctx.locale} class="utrecht-root">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t('app.naam')} ${ctx.gemeente.naam}`}</title>
        <link rel="stylesheet" href="/static/utrecht/design-tokens.css" />
        <link rel="stylesheet" href="/static/utrecht/component-library.css" />
        <link rel="stylesheet" href="/static/redzaam.css" />
        <link rel="stylesheet" href="/thema.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
      </head>
      <body class="utrecht-theme utrecht-page-body redzaam-theme">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t('layout.skiplink')}
        </a>
        <header class="utrecht-page-header redzaam-header">
          <div class="redzaam-header__inner">
            <a class="redzaam-header__brand utrecht-link utrecht-link--html-a" href="/">
              {ctx.gemeente.hasLogo ? (
                <img src="/thema/logo.svg" alt="" class="redzaam-header__logo" />
              ) : null}
              <span>
                {t('app.naam')} <span class="redzaam-header__gemeente">{ctx.gemeente.naam}</span>
              </span>
            </a>
            <div class="redzaam-header__breed">
              <TaalKnop ctx={ctx} />
            </div>
            {/* On a narrow screen (or with large text) the menu folds into a button: a <details>,
                so it opens without JavaScript. Only one of the two menus is ever displayed. */}
            <details class="redzaam-header__smal redzaam-menu">
              <summary class="redzaam-menu__knop">{t('layout.menu')}</summary>
              <div class="redzaam-menu__inhoud">
                <Navigatie ctx={ctx} />
                <TaalKnop ctx={ctx} />
              </div>
            </details>
          </div>
          <div class="redzaam-header__breed">
            <Navigatie ctx={ctx} />
          </div>
        </header>
        <main class="utrecht-page-content redzaam-main" id="inhoud" tabIndex={-1}>
          {children}
        </main>
        <footer class="utrecht-page-footer redzaam-footer">
          <p class="utrecht-paragraph">{t('layout.footer.tekst', { gemeente: ctx.gemeente.naam })}</p>
          <p class="utrecht-paragraph">{t('layout.footer.privacy')}</p>
        </footer>
      </body>
    </html>
  );
}

/** The switch to the other language. */
function TaalKnop({ ctx }: { ctx: PageContext }) {
  const otherLocale = ctx.locale === 'nl' ? 'en' : 'nl';
  return (
    <PostForm ctx={ctx} action="/taal">
      <input type="hidden" name="taal" value={otherLocale} />
      <input type="hidden" name="terug" value={ctx.path} />
      <button
        type="submit"
        class="utrecht-button utrecht-button--subtle"
        lang={otherLocale}
        aria-label={ctx.t('layout.taal.label')}
      >
        {ctx.t('layout.taal.knop')}
      </button>
    </PostForm>
  );
}

/** The menu entries for the viewer, logging in or out, and who is logged in. */
function Navigatie({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <nav class="redzaam-nav" aria-label={t('layout.menu')}>
      <ul class="redzaam-nav__list">
        {ctx.menu.map((item) => (
          <li key={item.href}>
            <a
              class="utrecht-link utrecht-link--html-a redzaam-nav__link"
              href={item.href}
              aria-current={ctx.path === item.href ? 'page' : undefined}
            >
              {t(item.label)}
            </a>
          </li>
        ))}
        {ctx.account ? (
          <li>
            <PostForm ctx={ctx} action="/uitloggen">
              <button type="submit" class="utrecht-button utrecht-button--subtle">
                {t('nav.uitloggen')}
              </button>
            </PostForm>
          </li>
        ) : (
          <li>
            <a
              class="utrecht-link utrecht-link--html-a redzaam-nav__link"
              href="/inloggen"
              aria-current={ctx.path === '/inloggen' ? 'page' : undefined}
            >
              {t('nav.inloggen')}
            </a>
          </li>
        )}
      </ul>
      {ctx.account ? (
        <p class="utrecht-paragraph redzaam-nav__who">
          {t('layout.ingelogd-als', { naam: ctx.account.naam })}
        </p>
      ) : null}
    </nav>
  );
}
