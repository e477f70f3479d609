"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { addPlace, editPlace, mergePlace } from "./service";
import { editPlaceSchema, mergePlacesSchema, placeSchema } from "./schema";

// The registry's forms: plain forms (they work without JavaScript) that go to the place's page, which says what
// was done (`?done=…`).

const back = (placeId: string, done: string): never => {
  revalidatePath("/monitoring", "layout");
  redirect(`/monitoring/places/${placeId}?done=${done}`);
};

export const addPlaceAction = formAction(placeSchema, async (input) => {
  const { id } = await addPlace(await loadViewer(), input);
  back(id, "added");
});

export const editPlaceAction = formAction(editPlaceSchema, async (input) => {
  const { id } = await editPlace(await loadViewer(), input);
  back(id, "edited");
});

export const mergePlaceAction = formAction(mergePlacesSchema, async (input) => {
  const { id } = await mergePlace(await loadViewer(), input);
  back(id, "merged");
});
