import { getSession, putSession } from '../persistence/database';
import { useScenarioStore } from '../store/scenarioStore';
import { useUiStore } from '../store/uiStore';

/** The theme and the bottom tab, kept across visits with the id of the open scenario. */
type UiPreferences = NonNullable<Awaited<ReturnType<typeof getSession>>>['ui'];

export async function rememberUi(patch: UiPreferences): Promise<void> {
  try {
    const session = await safeSession();
    await putSession({ openId: session?.openId ?? useScenarioStore.getState().scenarioId, ui: { ...session?.ui, ...patch } });
  } catch {
    // UI preferences are a convenience; failing to store them must not disturb the user.
  }
}

export function restoreUi(ui: UiPreferences | undefined): void {
  if (ui?.theme) useUiStore.getState().setTheme(ui.theme);
  const bottomTab = ui?.bottomTab;
  if (bottomTab === 'queries' || bottomTab === 'findings' || bottomTab === 'effective' || bottomTab === 'access' || bottomTab === 'lessons')
    useUiStore.getState().setBottomTab(bottomTab);
}

export async function safeSession() {
  try {
    return await getSession();
  } catch {
    return undefined;
  }
}
