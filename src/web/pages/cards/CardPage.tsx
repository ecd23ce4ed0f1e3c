// A card's page (/cards/:cardId): everything about one card, edited in place.
import { useParams } from 'react-router-dom';
import { useCard } from '../../api/cards.queries';
import { LoadError } from '../../components/LoadError';
import { PageLoader } from '../../components/PageLoader';
import { CardDetail } from './CardDetail';

export function CardPage() {
  const { cardId = '' } = useParams();
  const card = useCard(cardId);
  if (card.isPending) return <PageLoader />;
  if (card.isError) return <LoadError error={card.error} onRetry={() => void card.refetch()} />;
  return <CardDetail key={card.data.id} card={card.data} />;
}
