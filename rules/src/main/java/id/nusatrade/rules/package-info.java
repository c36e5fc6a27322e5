/**
 * Risk and tier limits as Drools rules that business staff edit, test and publish without a
 * redeploy: the fact model ({@code model}), limit tables ({@code limits}), trading calendars
 * ({@code calendar}), the allow-list check for editable DRL ({@code safety}), compiling and the
 * atomic hot swap ({@code engine}), scenario files ({@code scenario}), the lifecycle and its
 * PostgreSQL store ({@code lifecycle}, {@code store}) and the {@code rules} command ({@code cli}).
 * See docs/rules.md.
 */
package id.nusatrade.rules;
