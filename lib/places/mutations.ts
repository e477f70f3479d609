import "server-only";
// Writes of the registry. A merge is one transaction: the duplicate's reports move to the kept place (with the
// copies their findings carry: country and place type), the duplicate is marked MERGED and points at the kept
// one, and the audit log records it.
import { writeAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { placeSearchText } from "./format";
import type { PlaceInput } from "./schema";

function columns(place: PlaceInput) {
  return {
    countryCode: place.countryCode,
    name: place.name,
    type: place.type,
    locality: place.locality,
    authority: place.authority,
    capacity: place.capacity,
    womenHeld: place.womenHeld,
    figuresSource: place.figuresSource,
    figuresDate: place.figuresDate,
    searchText: placeSearchText(place),
  };
}

export async function insertPlace(createdById: string, place: PlaceInput): Promise<{ id: string }> {
  return db().detentionPlace.create({ data: { ...columns(place), createdById }, select: { id: true } });
}

/**
 * A correction of a place; its reports' findings take its type with it (their copied column), and a place moved
 * to another country takes its reports along, in one transaction. False when it was merged meanwhile.
 */
export async function updatePlace(id: string, place: PlaceInput): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.detentionPlace.updateMany({ where: { id, status: "ACTIVE" }, data: columns(place) });
    if (count === 0) return false;
    await tx.monitoringReport.updateMany({ where: { placeId: id }, data: { countryCode: place.countryCode } });
    await tx.monitoringFinding.updateMany({ where: { report: { placeId: id } }, data: { countryCode: place.countryCode, placeType: place.type } });
    return true;
  });
}

/** Merges `fromId` into `intoId` (both active, locked in id order); false when either changed meanwhile. */
export async function mergePlaces(actorId: string, fromId: string, intoId: string): Promise<{ movedReports: number } | null> {
  return db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ id: string; status: string; countryCode: string; type: string }>>`
      SELECT id, status::text, "countryCode", type::text FROM "DetentionPlace" WHERE id IN (${fromId}, ${intoId}) ORDER BY id FOR UPDATE`;
    const from = locked.find((row) => row.id === fromId);
    const into = locked.find((row) => row.id === intoId);
    if (!from || !into || from.status !== "ACTIVE" || into.status !== "ACTIVE") return null;
    const { count } = await tx.monitoringReport.updateMany({ where: { placeId: fromId }, data: { placeId: intoId, countryCode: into.countryCode } });
    const kept = await tx.detentionPlace.findUniqueOrThrow({ where: { id: intoId }, select: { type: true, countryCode: true } });
    await tx.monitoringFinding.updateMany({ where: { report: { placeId: intoId } }, data: { countryCode: kept.countryCode, placeType: kept.type } });
    await tx.detentionPlace.update({ where: { id: fromId }, data: { status: "MERGED", mergedIntoId: intoId } });
    // Places merged earlier into the duplicate now point at the kept one (no chains to follow).
    await tx.detentionPlace.updateMany({ where: { mergedIntoId: fromId }, data: { mergedIntoId: intoId } });
    await writeAudit(tx, { actorId, action: "place.merged", targetType: "DetentionPlace", targetId: fromId, metadata: { intoPlaceId: intoId, movedReports: count } });
    return { movedReports: count };
  });
}
