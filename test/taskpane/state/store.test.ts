import { createPaneStore } from "../../../src/taskpane/state/store";

test("the store applies each action and tells its listeners until they leave", () => {
  const store = createPaneStore();
  const heard: string[] = [];
  const leave = store.subscribe(() => heard.push(store.getState().view));
  store.dispatch({ type: "viewChanged", view: "score" });
  leave();
  store.dispatch({ type: "viewChanged", view: "report" });
  expect(heard).toEqual(["score"]);
  expect(store.getState().view).toBe("report");
});
