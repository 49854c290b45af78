/**
 * The orchestrator: a build ({@link dev.tolk.build.SiteBuilder}, whose stages are
 * {@link dev.tolk.build.BuildStages}) and a check
 * ({@link dev.tolk.build.SiteChecker}) are sequences of stage calls over the same inputs
 * ({@link dev.tolk.build.SiteInputs}): read every article once ({@link dev.tolk.build.ArticleReader},
 * with includes, {@link dev.tolk.build.IncludeFiles}), make each page
 * ({@link dev.tolk.build.PageBuilder}, {@link dev.tolk.build.YamlPageBuilder}; the text its search entry reads,
 * {@link dev.tolk.build.PlainText}) in its chrome
 * ({@link dev.tolk.build.PageChrome}), the pages of each locale that are not articles
 * ({@link dev.tolk.build.LocalePages}, {@link dev.tolk.build.RedirectPages}), and the link facts
 * of the site ({@link dev.tolk.build.SiteLinks}). Reuse is one mechanism, each stage's product
 * kept under a key of what decides it ({@link dev.tolk.build.StageCache}): in memory from one
 * build of the dev server to the next, and on disk across one-off builds
 * ({@link dev.tolk.build.KeyCache}, {@link dev.tolk.build.EntryStore}, {@link dev.tolk.build.StoredIncludes},
 * {@link dev.tolk.build.UpToDate}, in a {@link dev.tolk.build.CacheStore}; an unchanged page is
 * linked from the site the build replaces, {@link dev.tolk.build.PreviousSite}; the files made
 * only from what the site's part of the keys holds, the sitemap, the pages that are not articles'
 * and the page scripts' classic forms, are stored under it). A shard build ({@link dev.tolk.build.ShardBuild},
 * through {@link dev.tolk.build.PageShare}) makes the pages of its {@link dev.tolk.build.ShardPlan};
 * {@link dev.tolk.build.SiteMerge} and {@link dev.tolk.build.ShardReport} join the shards.
 */
package dev.tolk.build;
