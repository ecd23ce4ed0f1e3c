import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareSqlite } from './connection';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true })));

describe("the app's SQLite settings", () => {
  it('opens a database in WAL mode, with foreign keys and a 64 MB page cache', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carta-connection-'));
    folders.push(dir);
    const sqlite = new SQLite(path.join(dir, 'carta.sqlite'));
    const database = prepareSqlite(sqlite);
    const setting = (name: string) => sqlite.pragma(name, { simple: true });
    expect(setting('journal_mode')).toBe('wal');
    expect(setting('foreign_keys')).toBe(1);
    expect(setting('synchronous')).toBe(1);
    // Negative: KiB rather than pages.
    expect(setting('cache_size')).toBe(-64 * 1024);
    database.close();
  });
});
