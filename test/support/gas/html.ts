// HtmlService and HtmlOutput: pages from the project's .html files (the build directory) or from a string.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from './runtime';
import { strict, strictEnum } from './strict';
import type { World } from './world';

export class HtmlOutputImpl {
  title = '';
  width: number | null = null;
  height: number | null = null;
  sandboxMode = 'IFRAME';
  xFrameOptionsMode = 'DEFAULT';
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(public content: string) {}

  setTitle(title: string): HtmlOutputImpl {
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): HtmlOutputImpl {
    this.width = width;
    return this;
  }
  getWidth(): number | null {
    return this.width;
  }
  setHeight(height: number): HtmlOutputImpl {
    this.height = height;
    return this;
  }
  getHeight(): number | null {
    return this.height;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutputImpl {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): HtmlOutputImpl {
    this.content += String(addedContent);
    return this;
  }
  /** Only IFRAME is left in Apps Script; the others are accepted and ignored, as there. */
  setSandboxMode(mode: string): HtmlOutputImpl {
    this.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: string): HtmlOutputImpl {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutputImpl {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
}

export function htmlOutputOf(rt: Runtime, content: string): GoogleAppsScript.HTML.HtmlOutput {
  return strict(rt, 'HtmlOutput', new HtmlOutputImpl(content));
}

class HtmlServiceImpl {
  constructor(private readonly world: World) {}

  createHtmlOutput(html?: string): unknown {
    return htmlOutputOf(this.world.rt, html === undefined ? '' : String(html));
  }

  /** `name` or `name.html` from the project directory. */
  createHtmlOutputFromFile(filename: string): unknown {
    const base = String(filename).replace(/\.html$/, '');
    const file = join(this.world.projectDir, `${base}.html`);
    if (!existsSync(file)) throw this.world.rt.error(`No HTML file named ${base} was found.`);
    return htmlOutputOf(this.world.rt, readFileSync(file, 'utf8'));
  }
}

export function createHtmlService(world: World): GoogleAppsScript.HTML.HtmlService {
  const { rt } = world;
  return strict(rt, 'HtmlService', new HtmlServiceImpl(world), {
    enums: {
      SandboxMode: strictEnum(rt, 'HtmlService.SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']),
      XFrameOptionsMode: strictEnum(rt, 'HtmlService.XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']),
    },
  });
}
