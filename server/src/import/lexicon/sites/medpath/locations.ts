// MedPath's `Trial Locations` block: per site its facility line, then `City, State, Country` with a
// flag emoji (glued to the city, or on a line of its own); then a summary line that repeats a site and
// glues its people to it (`Beijing hospital🇨🇳Beijing, …, ChinaBan ZhaoContact86 139…`).
import { hasFlag, isAnonymisedFacility, normalisePlace, stripFlags } from '../../../normalise/location';
import { presentValue } from '../../../normalise/placeholder';
import type { PageRecorder } from '../../pageRecorder';
import { bareLine } from '../../pageShape';
import { contactsOnSummaryLine } from './siteContacts';

interface Site {
  readonly location: Record<string, unknown>;
  readonly place: string;
  readonly lines: number[];
}

/** Reads the lines under `Locations (n)`: each site is recorded with its own lines. */
export function readMedpathLocations(lines: readonly number[], recorder: PageRecorder, pageLines: readonly string[]): void {
  const sites = new Map<string, Site>();
  const pending: Site[] = [];
  let facilityLine: number | undefined;
  const text = (line: number): string => bareLine(pageLines[line]);

  const addSite = (facilityAt: number | undefined, placeAt: number[]): void => {
    const facility = facilityAt === undefined ? undefined : presentValue(text(facilityAt));
    const placeLine = placeAt[placeAt.length - 1];
    const place = placeLine === undefined ? {} : normalisePlace(text(placeLine));
    const location: Record<string, unknown> = {};
    if (facility !== undefined && !isAnonymisedFacility(facility)) location.facility = facility;
    Object.assign(location, place);
    if (Object.keys(location).length === 0) return;
    const siteLines = [...(facilityAt === undefined ? [] : [facilityAt]), ...placeAt];
    const site = { location, place: placeLine === undefined ? '' : stripFlags(text(placeLine)).trim(), lines: siteLines };
    pending.push(site);
    if (facility !== undefined) sites.set(facility, site);
  };

  for (let position = 0; position < lines.length; position++) {
    const line = lines[position];
    const value = text(line);
    if (hasFlag(value) && stripFlags(value) === '') {
      // A flag on its own line: the place follows on the next line.
      const placeLine = lines[position + 1];
      if (facilityLine !== undefined && placeLine !== undefined) {
        addSite(facilityLine, [line, placeLine]);
        facilityLine = undefined;
        position++;
      } else recorder.furniture(line);
      continue;
    }
    const glued = /^(.*?\S)([\u{1F1E6}-\u{1F1FF}]{2})(.+)$/u.exec(value);
    if (glued && facilityLine === undefined) {
      readSummaryLine(line, glued[1].trim(), glued[3]);
      continue;
    }
    if (hasFlag(value) && facilityLine !== undefined) {
      addSite(facilityLine, [line]);
      facilityLine = undefined;
      continue;
    }
    facilityLine = line; // a facility whose place should follow; a lone one is not sure to be a facility
  }
  for (const site of pending) recorder.push(['contactsLocationsModule', 'locations'], site.location, site.lines, 'location');

  /** The summary line repeats a listed site and glues its people on: they become the site's contacts. */
  function readSummaryLine(line: number, facility: string, afterFlag: string): void {
    const site = sites.get(facility);
    const reading = site && contactsOnSummaryLine(afterFlag, site.place);
    if (!site || !reading || reading.contacts.length === 0) return;
    if (recorder.runsIntoCut(line)) {
      recorder.keep(line, 'cut-off');
      return;
    }
    if (site.location.contacts === undefined) site.location.contacts = reading.contacts;
    if (reading.complete) site.lines.push(line);
    else {
      recorder.partlyRead(line);
      recorder.warn(`Not every person on the site line of ${facility} could be told apart; the line is kept as a comment.`);
    }
  }
}
