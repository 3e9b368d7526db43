import { EMPTY_CHAIN_MEMORY, type ChainMemory, type ChainMemoryStore } from '../../lib/store/chain-memory';

/** storage.local's chain memory, kept in a variable the test can read and break. */
export function memoryChainStore(initial: ChainMemory = EMPTY_CHAIN_MEMORY): ChainMemoryStore & { value: ChainMemory } {
  const store = {
    value: initial,
    read: async () => store.value,
    write: async (memory: ChainMemory) => {
      store.value = memory;
    },
  };
  return store;
}
