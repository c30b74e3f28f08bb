/**
 * Entry of the custom-functions bundle. The metadata plugin appends `CustomFunctions.associate(...)` calls to
 * functions.ts; this module makes sure they can run, and sets the language of error messages from Office.
 */
import "./runtimeOutsideExcel";
import "./functions";
import { setFunctionsLanguage } from "./excelErrors";

if (typeof Office !== "undefined") {
  void Office.onReady(() => setFunctionsLanguage(Office.context?.displayLanguage));
}
