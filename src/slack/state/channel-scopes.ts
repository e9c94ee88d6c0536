import type { SearchScope } from '../../answer/assistant.js';
import type { Store } from '../../store/index.js';

export interface ChannelScope extends SearchScope {
  channelId: string;
  setBy: string;
  setAt: string;
}

/**
 * Per-channel document scopes set with `/dizin kanal`, in the shared store (src/store/channel-scope-repository.ts):
 * every instance answers a channel within the same limit, and the limit survives restarts.
 */
export class ChannelScopeStore {
  constructor(
    private readonly store: Pick<Store, 'channelScopes'>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get(channelId: string): Promise<ChannelScope | undefined> {
    return this.store.channelScopes.get(channelId);
  }

  all(): Promise<ChannelScope[]> {
    return this.store.channelScopes.all();
  }

  set(scope: Omit<ChannelScope, 'setAt'> & { setAt?: string }): Promise<void> {
    return this.store.channelScopes.set({ ...scope, setAt: scope.setAt ?? this.clock().toISOString() });
  }

  /** False when the channel had no scope. */
  clear(channelId: string): Promise<boolean> {
    return this.store.channelScopes.clear(channelId);
  }
}
